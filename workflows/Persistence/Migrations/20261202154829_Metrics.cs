using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cohorts.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Metrics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MetricTargets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MetricId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetricTargets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MetricTargets_CohortId",
                table: "MetricTargets",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_MetricTargets_ProgrammeId_CohortId_MetricId",
                table: "MetricTargets",
                columns: new[] { "ProgrammeId", "CohortId", "MetricId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MetricTargets");
        }
    }
}
