using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yaojian.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanVisitReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_plan_visits_PlanId_Status_WindowEnd",
                table: "plan_visits",
                columns: new[] { "PlanId", "Status", "WindowEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_visits_PlanId_WindowStart",
                table: "plan_visits",
                columns: new[] { "PlanId", "WindowStart" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_plan_visits_PlanId_Status_WindowEnd",
                table: "plan_visits");

            migrationBuilder.DropIndex(
                name: "IX_plan_visits_PlanId_WindowStart",
                table: "plan_visits");
        }
    }
}
