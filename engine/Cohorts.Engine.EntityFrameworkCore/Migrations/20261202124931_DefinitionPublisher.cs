using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cohorts.Engine.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class DefinitionPublisher : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublishedBy",
                table: "WorkflowDefinitions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedBy",
                table: "WorkflowDefinitions");
        }
    }
}
