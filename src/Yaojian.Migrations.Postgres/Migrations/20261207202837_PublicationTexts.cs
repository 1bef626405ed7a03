using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yaojian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PublicationTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicCause",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicFacts",
                table: "cases",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicWriteUp",
                table: "cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicDetail",
                table: "case_penalties",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublicCause",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "PublicFacts",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "PublicWriteUp",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "PublicDetail",
                table: "case_penalties");
        }
    }
}
