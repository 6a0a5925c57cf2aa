using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cohorts.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeAuthoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ArchivedAt",
                table: "Programmes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoFunders",
                table: "Programmes",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DescriptionEn",
                table: "Programmes",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ArchivedAt",
                table: "Cohorts",
                type: "INTEGER",
                nullable: true);

            // Added by hand after scaffolding (the one edit of this file): the one co-funder a programme named before
            // becomes the first of its list, before its two columns go (EF writes a decimal in JSON as a string). A share without
            // a name keeps its share.
            migrationBuilder.Sql(
                "UPDATE Programmes SET CoFunders = json_array(json_object('Name', COALESCE(NULLIF(TRIM(FunderName), ''), 'Co-funder'), 'Share', CAST(CofundingShare AS TEXT))) " +
                "WHERE CofundingShare IS NOT NULL AND CAST(CofundingShare AS REAL) > 0;");

            migrationBuilder.DropColumn(
                name: "CofundingShare",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "FunderName",
                table: "Programmes");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "CoFunders",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "DescriptionEn",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "Cohorts");

            migrationBuilder.AddColumn<decimal>(
                name: "CofundingShare",
                table: "Programmes",
                type: "TEXT",
                precision: 5,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FunderName",
                table: "Programmes",
                type: "TEXT",
                nullable: true);
        }
    }
}
