using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class Querying : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_AuthorId",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_DonationFormId",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_ArticleTag_TagId",
                table: "ArticleTag");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_AuthorId_PublishedAt_Id_Status",
                table: "Articles",
                columns: new[] { "AuthorId", "PublishedAt", "Id", "Status" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DonationFormId_PublishedAt_Id_Status",
                table: "Articles",
                columns: new[] { "DonationFormId", "PublishedAt", "Id", "Status" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedAt_Id_Status",
                table: "Articles",
                columns: new[] { "PublishedAt", "Id", "Status" },
                descending: new[] { true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceName_PublishedAt_Id_Status",
                table: "Articles",
                columns: new[] { "SourceName", "PublishedAt", "Id", "Status" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Title_Id",
                table: "Articles",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_UpdatedAt_Id_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "UpdatedAt", "Id", "Status", "PublishedAt" },
                descending: new[] { true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTag_TagId_ArticleId",
                table: "ArticleTag",
                columns: new[] { "TagId", "ArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_AuthorId_PublishedAt_Id_Status",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_DonationFormId_PublishedAt_Id_Status",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_PublishedAt_Id_Status",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SourceName_PublishedAt_Id_Status",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Title_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_UpdatedAt_Id_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_ArticleTag_TagId_ArticleId",
                table: "ArticleTag");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_AuthorId",
                table: "Articles",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DonationFormId",
                table: "Articles",
                column: "DonationFormId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTag_TagId",
                table: "ArticleTag",
                column: "TagId");
        }
    }
}
