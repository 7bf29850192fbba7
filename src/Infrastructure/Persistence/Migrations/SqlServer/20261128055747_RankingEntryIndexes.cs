using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Recruitment.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RankingEntryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RankingEntries_RankingVersionId_ApplicationNumber",
                table: "RankingEntries");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RankingEntries_RankingVersionId_ApplicationNumber",
                table: "RankingEntries",
                columns: new[] { "RankingVersionId", "ApplicationNumber" },
                unique: true);
        }
    }
}
