using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cohorts.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PlansChange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledBy",
                table: "Sessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChangeReason",
                table: "Sessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RescheduleCount",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "JoinedAt",
                table: "Companies",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "CancelledBy",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "ChangeReason",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "RescheduleCount",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "JoinedAt",
                table: "Companies");
        }
    }
}
