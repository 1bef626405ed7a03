using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yaojian.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EntityNameGrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "entity_name_grams",
                columns: table => new
                {
                    Gram = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entity_name_grams", x => new { x.Gram, x.EntityId });
                    table.ForeignKey(
                        name: "FK_entity_name_grams_entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The bigrams of the names already stored (NameGrams.Of: two adjacent characters, each pair once), before the
            // entity-id index so the rows go in unindexed.
            migrationBuilder.Sql("""
                INSERT INTO entity_name_grams ("Gram", "EntityId")
                SELECT DISTINCT substr(e."Name", p.at, 2), e."Id"
                FROM entities e CROSS JOIN LATERAL generate_series(1, char_length(e."Name") - 1) AS p(at);
                ANALYZE entity_name_grams;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_entity_name_grams_EntityId",
                table: "entity_name_grams",
                column: "EntityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "entity_name_grams");
        }
    }
}
