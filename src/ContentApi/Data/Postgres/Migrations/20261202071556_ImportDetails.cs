using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ImportDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalUrl",
                table: "MediaItems",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<bool>(
                name: "Sticky",
                table: "Articles",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExternalUrl",
                table: "MediaItems");

            migrationBuilder.DropColumn(
                name: "Sticky",
                table: "Articles");
        }
    }
}
