using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class PostingsCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleTerms_Term_Weight",
                table: "ArticleTerms");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTerms_Term_Weight_ArticleId",
                table: "ArticleTerms",
                columns: new[] { "Term", "Weight", "ArticleId" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleTerms_Term_Weight_ArticleId",
                table: "ArticleTerms");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTerms_Term_Weight",
                table: "ArticleTerms",
                columns: new[] { "Term", "Weight" });
        }
    }
}
