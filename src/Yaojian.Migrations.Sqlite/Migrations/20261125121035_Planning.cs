using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yaojian.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Planning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspection_history",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_history_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspectors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspectors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspectors_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Yaml = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspector_conflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectorId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspector_conflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspector_conflicts_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inspector_conflicts_inspectors_InspectorId",
                        column: x => x.InspectorId,
                        principalTable: "inspectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneratedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_plans_plan_files_PlanFileId",
                        column: x => x.PlanFileId,
                        principalTable: "plan_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WindowEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RuleIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_visits_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plan_visits_inspection_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "inspection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plan_visits_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visit_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    After = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visit_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_visit_changes_plan_visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "plan_visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "visit_inspectors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectorId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visit_inspectors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_visit_inspectors_inspectors_InspectorId",
                        column: x => x.InspectorId,
                        principalTable: "inspectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_visit_inspectors_plan_visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "plan_visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_history_EntityId_InspectedOn",
                table: "inspection_history",
                columns: new[] { "EntityId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plans_PlanFileId",
                table: "inspection_plans",
                column: "PlanFileId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_plans_Year",
                table: "inspection_plans",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspector_conflicts_EntityId",
                table: "inspector_conflicts",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_inspector_conflicts_InspectorId_EntityId",
                table: "inspector_conflicts",
                columns: new[] { "InspectorId", "EntityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspectors_Code",
                table: "inspectors",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspectors_UnitId",
                table: "inspectors",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_files_Year",
                table: "plan_files",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_plan_visits_EntityId",
                table: "plan_visits",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_visits_PlanId_EntityId",
                table: "plan_visits",
                columns: new[] { "PlanId", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_visits_PlanId_UnitId_WindowStart",
                table: "plan_visits",
                columns: new[] { "PlanId", "UnitId", "WindowStart" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_visits_UnitId",
                table: "plan_visits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_visit_changes_VisitId",
                table: "visit_changes",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_visit_inspectors_InspectorId",
                table: "visit_inspectors",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_visit_inspectors_VisitId_InspectorId",
                table: "visit_inspectors",
                columns: new[] { "VisitId", "InspectorId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_history");

            migrationBuilder.DropTable(
                name: "inspector_conflicts");

            migrationBuilder.DropTable(
                name: "visit_changes");

            migrationBuilder.DropTable(
                name: "visit_inspectors");

            migrationBuilder.DropTable(
                name: "inspectors");

            migrationBuilder.DropTable(
                name: "plan_visits");

            migrationBuilder.DropTable(
                name: "inspection_plans");

            migrationBuilder.DropTable(
                name: "plan_files");
        }
    }
}
