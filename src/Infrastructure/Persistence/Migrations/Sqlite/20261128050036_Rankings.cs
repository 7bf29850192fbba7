using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Recruitment.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rankings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExamMarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Hundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamMarks", x => x.Id);
                    table.CheckConstraint("CK_ExamMarks_Hundredths", "Hundredths >= 0 AND Hundredths <= 2000");
                    table.ForeignKey(
                        name: "FK_ExamMarks_Applications_ApplicationFileId",
                        column: x => x.ApplicationFileId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RankingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    TrackId = table.Column<int>(type: "INTEGER", nullable: false),
                    Subjects = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BarHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    TieBreakChain = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RankingSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RankingSettings_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RankingSettings_Tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "Tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RankingVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    TrackId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subjects = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BarHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    TieBreakChain = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Ranked = table.Column<int>(type: "INTEGER", nullable: false),
                    NotAdmissible = table.Column<int>(type: "INTEGER", nullable: false),
                    MissingMarks = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ComputedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ComputedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RankingVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RankingVersions_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RankingVersions_Tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "Tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RankingEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RankingVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    ScoreTenThousandths = table.Column<int>(type: "INTEGER", nullable: true),
                    SeparatedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Marks = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MissingSubjects = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RankingEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RankingEntries_Applications_ApplicationFileId",
                        column: x => x.ApplicationFileId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RankingEntries_RankingVersions_RankingVersionId",
                        column: x => x.RankingVersionId,
                        principalTable: "RankingVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExamMarks_ApplicationFileId_SubjectCode",
                table: "ExamMarks",
                columns: new[] { "ApplicationFileId", "SubjectCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RankingEntries_ApplicationFileId",
                table: "RankingEntries",
                column: "ApplicationFileId");

            migrationBuilder.CreateIndex(
                name: "IX_RankingEntries_RankingVersionId_ApplicationNumber",
                table: "RankingEntries",
                columns: new[] { "RankingVersionId", "ApplicationNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RankingEntries_RankingVersionId_Outcome_Rank",
                table: "RankingEntries",
                columns: new[] { "RankingVersionId", "Outcome", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_RankingSettings_CampaignId_TrackId",
                table: "RankingSettings",
                columns: new[] { "CampaignId", "TrackId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RankingSettings_TrackId",
                table: "RankingSettings",
                column: "TrackId");

            migrationBuilder.CreateIndex(
                name: "IX_RankingVersions_CampaignId_TrackId_Number",
                table: "RankingVersions",
                columns: new[] { "CampaignId", "TrackId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RankingVersions_TrackId",
                table: "RankingVersions",
                column: "TrackId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExamMarks");

            migrationBuilder.DropTable(
                name: "RankingEntries");

            migrationBuilder.DropTable(
                name: "RankingSettings");

            migrationBuilder.DropTable(
                name: "RankingVersions");
        }
    }
}
