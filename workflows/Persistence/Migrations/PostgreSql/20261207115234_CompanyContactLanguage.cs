using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cohorts.Workflows.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CompanyContactLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactLanguage",
                table: "Companies",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactLanguage",
                table: "Companies");
        }
    }
}
