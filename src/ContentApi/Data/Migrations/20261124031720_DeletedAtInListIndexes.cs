using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeletedAtInListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
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
                name: "IX_Articles_UpdatedAt_Id_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_AuthorId_PublishedAt_Id_Status_DeletedAt",
                table: "Articles",
                columns: new[] { "AuthorId", "PublishedAt", "Id", "Status", "DeletedAt" },
                descending: new[] { false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_DonationFormId_PublishedAt_Id_Status_DeletedAt",
                table: "Articles",
                columns: new[] { "DonationFormId", "PublishedAt", "Id", "Status", "DeletedAt" },
                descending: new[] { false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedAt_Id_Status_DeletedAt",
                table: "Articles",
                columns: new[] { "PublishedAt", "Id", "Status", "DeletedAt" },
                descending: new[] { true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceName_PublishedAt_Id_Status_DeletedAt",
                table: "Articles",
                columns: new[] { "SourceName", "PublishedAt", "Id", "Status", "DeletedAt" },
                descending: new[] { false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_UpdatedAt_Id_Status_PublishedAt_DeletedAt",
                table: "Articles",
                columns: new[] { "UpdatedAt", "Id", "Status", "PublishedAt", "DeletedAt" },
                descending: new[] { true, false, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_AuthorId_PublishedAt_Id_Status_DeletedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_DonationFormId_PublishedAt_Id_Status_DeletedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_PublishedAt_Id_Status_DeletedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SourceName_PublishedAt_Id_Status_DeletedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_UpdatedAt_Id_Status_PublishedAt_DeletedAt",
                table: "Articles");

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
                name: "IX_Articles_UpdatedAt_Id_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "UpdatedAt", "Id", "Status", "PublishedAt" },
                descending: new[] { true, false, false, false });
        }
    }
}
