using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Changes",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Op = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Public = table.Column<bool>(type: "INTEGER", nullable: false),
                    Preview = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Changes", x => x.Seq);
                });

            migrationBuilder.CreateTable(
                name: "FeedEntries",
                columns: table => new
                {
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PublicSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PreviewSlug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedEntries", x => new { x.Type, x.EntityId });
                });

            migrationBuilder.CreateTable(
                name: "WorkerCheckpoints",
                columns: table => new
                {
                    Worker = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerCheckpoints", x => x.Worker);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Changes_Type_EntityId_Seq",
                table: "Changes",
                columns: new[] { "Type", "EntityId", "Seq" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Changes");

            migrationBuilder.DropTable(
                name: "FeedEntries");

            migrationBuilder.DropTable(
                name: "WorkerCheckpoints");
        }
    }
}
