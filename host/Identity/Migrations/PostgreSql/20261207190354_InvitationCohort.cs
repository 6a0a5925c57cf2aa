using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cohorts.Host.Identity.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InvitationCohort : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Cohort",
                table: "Invitations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Cohort",
                table: "Invitations");
        }
    }
}
