using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Recruitment.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NoAnswerKeepsOffer",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AllocationRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnswersDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EngineVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Input = table.Column<byte[]>(type: "BLOB", nullable: false),
                    InputSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Output = table.Column<byte[]>(type: "BLOB", nullable: false),
                    OutputSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Pools = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllocationRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllocationRounds_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Candidacies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WishList = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    HeldPool = table.Column<string>(type: "TEXT", maxLength: 70, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidacies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Candidacies_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoundOffers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AllocationRoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pool = table.Column<string>(type: "TEXT", maxLength: 70, nullable: true),
                    AlreadyHeld = table.Column<bool>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundOffers_AllocationRounds_AllocationRoundId",
                        column: x => x.AllocationRoundId,
                        principalTable: "AllocationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AllocationRounds_CampaignId_Number",
                table: "AllocationRounds",
                columns: new[] { "CampaignId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Candidacies_CampaignId_ApplicationNumber",
                table: "Candidacies",
                columns: new[] { "CampaignId", "ApplicationNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundOffers_AllocationRoundId_ApplicationNumber",
                table: "RoundOffers",
                columns: new[] { "AllocationRoundId", "ApplicationNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Candidacies");

            migrationBuilder.DropTable(
                name: "RoundOffers");

            migrationBuilder.DropTable(
                name: "AllocationRounds");

            migrationBuilder.DropColumn(
                name: "NoAnswerKeepsOffer",
                table: "Campaigns");
        }
    }
}
