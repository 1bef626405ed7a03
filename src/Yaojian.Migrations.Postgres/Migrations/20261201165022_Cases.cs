using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yaojian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Channel",
                table: "clues",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DispositionId",
                table: "clues",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReporterName",
                table: "clues",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReporterPhone",
                table: "clues",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Cause = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EntityId = table.Column<int>(type: "integer", nullable: true),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartyIsPerson = table.Column<bool>(type: "boolean", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: true),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    DispositionId = table.Column<int>(type: "integer", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecisionSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublishDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ExecutedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Execution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PoliceUnit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TransferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PoliceAcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PoliceAnswerDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PoliceAnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PoliceResult = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Typical = table.Column<bool>(type: "boolean", nullable: false),
                    TypicalWriteUp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_dispositions_DispositionId",
                        column: x => x.DispositionId,
                        principalTable: "dispositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cases_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cases_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cases_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "clue_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClueId = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clue_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_clue_events_clues_ClueId",
                        column: x => x.ClueId,
                        principalTable: "clues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    Trigger = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_events_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_partners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Bureau = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_partners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_partners_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_penalties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    PersonNo = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_penalties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_penalties_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_persons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    No = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_persons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_persons_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_clues_CaseId",
                table: "clues",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_clues_DispositionId",
                table: "clues",
                column: "DispositionId");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_CaseId",
                table: "case_events",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_partners_CaseId",
                table: "case_partners",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_penalties_CaseId",
                table: "case_penalties",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_persons_CaseId_No",
                table: "case_persons",
                columns: new[] { "CaseId", "No" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_DispositionId",
                table: "cases",
                column: "DispositionId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_EntityId",
                table: "cases",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Number",
                table: "cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_ProductId",
                table: "cases",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_UnitId_State",
                table: "cases",
                columns: new[] { "UnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_clue_events_ClueId",
                table: "clue_events",
                column: "ClueId");

            migrationBuilder.AddForeignKey(
                name: "FK_clues_cases_CaseId",
                table: "clues",
                column: "CaseId",
                principalTable: "cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_clues_dispositions_DispositionId",
                table: "clues",
                column: "DispositionId",
                principalTable: "dispositions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_clues_cases_CaseId",
                table: "clues");

            migrationBuilder.DropForeignKey(
                name: "FK_clues_dispositions_DispositionId",
                table: "clues");

            migrationBuilder.DropTable(
                name: "case_events");

            migrationBuilder.DropTable(
                name: "case_partners");

            migrationBuilder.DropTable(
                name: "case_penalties");

            migrationBuilder.DropTable(
                name: "case_persons");

            migrationBuilder.DropTable(
                name: "clue_events");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropIndex(
                name: "IX_clues_CaseId",
                table: "clues");

            migrationBuilder.DropIndex(
                name: "IX_clues_DispositionId",
                table: "clues");

            migrationBuilder.DropColumn(
                name: "Channel",
                table: "clues");

            migrationBuilder.DropColumn(
                name: "DispositionId",
                table: "clues");

            migrationBuilder.DropColumn(
                name: "ReporterName",
                table: "clues");

            migrationBuilder.DropColumn(
                name: "ReporterPhone",
                table: "clues");
        }
    }
}
