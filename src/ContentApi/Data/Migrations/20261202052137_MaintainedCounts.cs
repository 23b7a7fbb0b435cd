using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class MaintainedCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Filled at the next start by ArticleCountRebuild (it counts when articles exist but none was counted).
            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Tags",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "Authors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ArticleCounts",
                columns: table => new
                {
                    List = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleCounts", x => x.List);
                });

            migrationBuilder.CreateTable(
                name: "CountedArticles",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Key = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountedArticles", x => new { x.ArticleId, x.List, x.Key });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleCounts");

            migrationBuilder.DropTable(
                name: "CountedArticles");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Tags");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "Authors");
        }
    }
}
