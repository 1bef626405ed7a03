using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yaojian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InspectorCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CertificateNumber",
                table: "inspectors",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CertificateNumber",
                table: "inspectors");
        }
    }
}
