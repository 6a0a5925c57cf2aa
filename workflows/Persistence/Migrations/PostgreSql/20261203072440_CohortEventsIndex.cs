using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cohorts.Workflows.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CohortEventsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Sessions_CohortId_CoachId_PlannedAt",
                table: "Sessions",
                columns: new[] { "CohortId", "CoachId", "PlannedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_CohortId_CoachId_PlannedAt",
                table: "Sessions");
        }
    }
}
