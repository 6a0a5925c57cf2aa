using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cohorts.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoachTimeAndSessionEnds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EndsAt",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Added by hand: sessions planned before their end was stored end after their kind's usual length
            // (SessionLengths; UTC ticks, as every instant of the domain is stored).
            migrationBuilder.Sql(
                "UPDATE \"Sessions\" SET \"EndsAt\" = \"PlannedAt\" + CASE \"Kind\" " +
                "WHEN 'Coaching' THEN 54000000000 WHEN 'Feedback' THEN 36000000000 WHEN 'Networking' THEN 72000000000 " +
                "WHEN 'Visit' THEN 108000000000 WHEN 'Conference' THEN 108000000000 WHEN 'Workshop' THEN 108000000000 " +
                "ELSE 36000000000 END;");

            migrationBuilder.AddColumn<TimeSpan>(
                name: "HoursPerCompany",
                table: "Programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "SessionLength",
                table: "Programmes",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeSpan(0, 1, 30, 0, 0));

            migrationBuilder.AddColumn<TimeOnly>(
                name: "WorkEnd",
                table: "Coaches",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeOnly(17, 30, 0));

            migrationBuilder.AddColumn<TimeOnly>(
                name: "WorkStart",
                table: "Coaches",
                type: "TEXT",
                nullable: false,
                defaultValue: new TimeOnly(9, 0, 0));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndsAt",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "HoursPerCompany",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "SessionLength",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "WorkEnd",
                table: "Coaches");

            migrationBuilder.DropColumn(
                name: "WorkStart",
                table: "Coaches");
        }
    }
}
