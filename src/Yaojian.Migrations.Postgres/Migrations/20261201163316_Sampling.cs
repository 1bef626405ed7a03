using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yaojian.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CategoryId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: true),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApprovalNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProductFlags = table.Column<int>(type: "integer", nullable: false),
                    Batch = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Manufacturer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Specification = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SampledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Online = table.Column<bool>(type: "boolean", nullable: false),
                    Platform = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Shop = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Concerns = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Conclusion = table.Column<int>(type: "integer", nullable: true),
                    ReportNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FailingItems = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Laboratory = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ResultSource = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ResultBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResultAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SampleId = table.Column<int>(type: "integer", nullable: false),
                    InspectorId = table.Column<int>(type: "integer", nullable: false)
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
