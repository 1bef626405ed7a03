using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yaojian.Migrations.Sqlite.Migrations
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
                    Gram = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false)
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
                WITH RECURSIVE positions(Id, Name, At) AS (
                    SELECT "Id", "Name", 1 FROM "entities" WHERE length("Name") >= 2
                    UNION ALL
                    SELECT Id, Name, At + 1 FROM positions WHERE At + 2 <= length(Name))
                INSERT INTO "entity_name_grams" ("Gram", "EntityId")
                SELECT DISTINCT substr(Name, At, 2), Id FROM positions;
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
