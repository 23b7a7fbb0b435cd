using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class Security : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApiKeys_Prefix",
                table: "ApiKeys");

            migrationBuilder.DropColumn(
                name: "Prefix",
                table: "ApiKeys");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Hash",
                table: "ApiKeys",
                column: "Hash",
                unique: true);

            // Key administration became its own scope; the operator's bootstrap key keeps it.
            migrationBuilder.Sql("UPDATE ApiKeys SET Scopes = Scopes || ' keys:manage' WHERE Name = 'bootstrap' AND ' ' || Scopes || ' ' NOT LIKE '% keys:manage %';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApiKeys_Hash",
                table: "ApiKeys");

            migrationBuilder.AddColumn<string>(
                name: "Prefix",
                table: "ApiKeys",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Prefix",
                table: "ApiKeys",
                column: "Prefix");
        }
    }
}
