using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yaojian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Territory = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApprovalNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ControlClass = table.Column<int>(type: "integer", nullable: false),
                    FirstControlledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Flags = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "entities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<int>(type: "integer", nullable: false),
                    CreditGrade = table.Column<int>(type: "integer", nullable: true),
                    DeviceTier = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Tags = table.Column<long>(type: "bigint", nullable: false),
                    Township = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    LegalRepresentative = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_entities_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "credit_grade_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    FromGrade = table.Column<int>(type: "integer", nullable: true),
                    ToGrade = table.Column<int>(type: "integer", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_grade_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_credit_grade_changes_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "licences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scope = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_licences_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pharmacists",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    RegisteredUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pharmacists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pharmacists_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credit_grade_changes_EntityId_EffectiveOn",
                table: "credit_grade_changes",
                columns: new[] { "EntityId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_entities_Code",
                table: "entities",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_entities_CreditGrade",
                table: "entities",
                column: "CreditGrade");

            migrationBuilder.CreateIndex(
                name: "IX_entities_Kind",
                table: "entities",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_entities_Name",
                table: "entities",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_entities_Status",
                table: "entities",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_entities_UnitId_Kind",
                table: "entities",
                columns: new[] { "UnitId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_entities_Uscc",
                table: "entities",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_licences_EntityId",
                table: "licences",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_licences_Number",
                table: "licences",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_licences_ValidUntil",
                table: "licences",
                column: "ValidUntil");

            migrationBuilder.CreateIndex(
                name: "IX_org_units_Code",
                table: "org_units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pharmacists_EntityId",
                table: "pharmacists",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_pharmacists_RegistrationNumber",
                table: "pharmacists",
                column: "RegistrationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_products_ApprovalNumber",
                table: "products",
                column: "ApprovalNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_products_ControlClass",
                table: "products",
                column: "ControlClass");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_grade_changes");

            migrationBuilder.DropTable(
                name: "licences");

            migrationBuilder.DropTable(
                name: "pharmacists");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "entities");

            migrationBuilder.DropTable(
                name: "org_units");
        }
    }
}
