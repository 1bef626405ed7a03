using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yaojian.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InspectionOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RepresentativeOpinion",
                table: "inspections",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientKey",
                table: "findings",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientKey",
                table: "evidence_files",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RepresentativeOpinion",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "ClientKey",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "ClientKey",
                table: "evidence_files");
        }
    }
}
