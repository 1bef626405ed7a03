using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yaojian.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sampling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "samples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CategoryId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApprovalNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProductFlags = table.Column<int>(type: "INTEGER", nullable: false),
                    Batch = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Manufacturer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Specification = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SampledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Shop = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Concerns = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Conclusion = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FailingItems = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Laboratory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResultSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ResultBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ResultAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_samples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_samples_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_samples_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_samples_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sample_samplers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SampleId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectorId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_samplers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sample_samplers_inspectors_InspectorId",
                        column: x => x.InspectorId,
                        principalTable: "inspectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sample_samplers_samples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "samples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sample_samplers_InspectorId",
                table: "sample_samplers",
                column: "InspectorId");

            migrationBuilder.CreateIndex(
                name: "IX_sample_samplers_SampleId_InspectorId",
                table: "sample_samplers",
                columns: new[] { "SampleId", "InspectorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_samples_Conclusion_ReportedOn",
                table: "samples",
                columns: new[] { "Conclusion", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_samples_EntityId_SampledOn",
                table: "samples",
                columns: new[] { "EntityId", "SampledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_samples_Number",
                table: "samples",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_samples_ProductId",
                table: "samples",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_samples_UnitId_SampledOn",
                table: "samples",
                columns: new[] { "UnitId", "SampledOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sample_samplers");

            migrationBuilder.DropTable(
                name: "samples");
        }
    }
}
