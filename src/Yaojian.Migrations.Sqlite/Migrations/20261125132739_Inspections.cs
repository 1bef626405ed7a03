using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yaojian.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanVisitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Representative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RepresentativeTitle = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Checklists = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_inspections_PreviousVersionId",
                        column: x => x.PreviousVersionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspections_plan_visits_PlanVisitId",
                        column: x => x.PlanVisitId,
                        principalTable: "plan_visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "checklist_answers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ItemText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Requirements = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checklist_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_checklist_answers_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RepeatOfFindingId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_findings_findings_RepeatOfFindingId",
                        column: x => x.RepeatOfFindingId,
                        principalTable: "findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_findings_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_inspectors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectorId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_inspectors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_inspectors_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inspection_inspectors_inspectors_InspectorId",
                        column: x => x.InspectorId,
                        principalTable: "inspectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspection_signatures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_signatures_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_checklist_answers_InspectionId_ItemId",
                table: "checklist_answers",
                columns: new[] { "InspectionId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_findings_InspectionId",
                table: "findings",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_findings_RepeatOfFindingId",
                table: "findings",
                column: "RepeatOfFindingId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_inspectors_InspectionId_InspectorId",
                table: "inspection_inspectors",
                columns: new[] { "InspectionId", "InspectorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspection_inspectors_InspectorId",
                table: "inspection_inspectors",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_signatures_InspectionId",
                table: "inspection_signatures",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_EntityId_Status",
                table: "inspections",
                columns: new[] { "EntityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_Number_Version",
                table: "inspections",
                columns: new[] { "Number", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_PlanVisitId",
                table: "inspections",
                column: "PlanVisitId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_PreviousVersionId",
                table: "inspections",
                column: "PreviousVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_UnitId_Status",
                table: "inspections",
                columns: new[] { "UnitId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checklist_answers");

            migrationBuilder.DropTable(
                name: "findings");

            migrationBuilder.DropTable(
                name: "inspection_inspectors");

            migrationBuilder.DropTable(
                name: "inspection_signatures");

            migrationBuilder.DropTable(
                name: "inspections");
        }
    }
}
