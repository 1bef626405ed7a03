using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yaojian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Risks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "risk_meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Area = table.Column<int>(type: "integer", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    Chair = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Minutes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "risks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Area = table.Column<int>(type: "integer", nullable: false),
                    Class = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceRef = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClueId = table.Column<int>(type: "integer", nullable: true),
                    CaseId = table.Column<int>(type: "integer", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ProductId = table.Column<int>(type: "integer", nullable: true),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AreaClass = table.Column<int>(type: "integer", nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_risks_clues_ClueId",
                        column: x => x.ClueId,
                        principalTable: "clues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_risks_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_risks_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risk_meeting_attendees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    PersonName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Post = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_meeting_attendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_risk_meeting_attendees_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_risk_meeting_attendees_risk_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "risk_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "risk_decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    RiskId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Level = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_risk_decisions_risk_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "risk_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_risk_decisions_risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "risk_entities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RiskId = table.Column<int>(type: "integer", nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_entities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_risk_entities_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_risk_entities_risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "risk_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RiskId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    Trigger = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MeetingId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_risk_events_risk_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "risk_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_risk_events_risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "risk_measures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RiskId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: false),
                    OwnerPerson = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FinishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FinishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    FlaggedOverdueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_risk_measures_org_units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_risk_measures_risk_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "risk_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_risk_measures_risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_risk_decisions_MeetingId",
                table: "risk_decisions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_decisions_RiskId",
                table: "risk_decisions",
                column: "RiskId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_entities_EntityId",
                table: "risk_entities",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_entities_RiskId_EntityId",
                table: "risk_entities",
                columns: new[] { "RiskId", "EntityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_risk_events_MeetingId",
                table: "risk_events",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_events_RiskId",
                table: "risk_events",
                column: "RiskId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_measures_MeetingId",
                table: "risk_measures",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_measures_OwnerUnitId",
                table: "risk_measures",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_measures_RiskId",
                table: "risk_measures",
                column: "RiskId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_measures_Status_Deadline",
                table: "risk_measures",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_risk_meeting_attendees_MeetingId",
                table: "risk_meeting_attendees",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_meeting_attendees_UnitId",
                table: "risk_meeting_attendees",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_risk_meetings_Area_HeldOn",
                table: "risk_meetings",
                columns: new[] { "Area", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_risks_Area_Stage",
                table: "risks",
                columns: new[] { "Area", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_risks_ClueId",
                table: "risks",
                column: "ClueId");

            migrationBuilder.CreateIndex(
                name: "IX_risks_Number",
                table: "risks",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_risks_ProductId",
                table: "risks",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_risks_UnitId",
                table: "risks",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "risk_decisions");

            migrationBuilder.DropTable(
                name: "risk_entities");

            migrationBuilder.DropTable(
                name: "risk_events");

            migrationBuilder.DropTable(
                name: "risk_measures");

            migrationBuilder.DropTable(
                name: "risk_meeting_attendees");

            migrationBuilder.DropTable(
                name: "risks");

            migrationBuilder.DropTable(
                name: "risk_meetings");
        }
    }
}
