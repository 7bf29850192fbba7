using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Recruitment.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AllocationRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AnswersDueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClosedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EngineVersion = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Input = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    InputSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Output = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    OutputSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Pools = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    ApplicationFileId = table.Column<int>(type: "int", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    WishList = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    HeldPool = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AllocationRoundId = table.Column<int>(type: "int", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Pool = table.Column<string>(type: "nvarchar(70)", maxLength: 70, nullable: true),
                    AlreadyHeld = table.Column<bool>(type: "bit", nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Explanation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
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
