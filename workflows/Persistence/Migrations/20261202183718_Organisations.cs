using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cohorts.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Organisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "Companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "Coaches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Town = table.Column<string>(type: "TEXT", nullable: true),
                    Website = table.Column<string>(type: "TEXT", nullable: true),
                    Contacts = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventOrganisations",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventOrganisations", x => new { x.SessionId, x.OrganisationId, x.Role });
                    table.ForeignKey(
                        name: "FK_EventOrganisations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EventOrganisations_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeOrganisations",
                columns: table => new
                {
                    ProgrammeId = table.Column<string>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeOrganisations", x => new { x.ProgrammeId, x.OrganisationId, x.Role });
                    table.ForeignKey(
                        name: "FK_ProgrammeOrganisations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeOrganisations_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Companies_OrganisationId",
                table: "Companies",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Coaches_OrganisationId",
                table: "Coaches",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_EventOrganisations_OrganisationId",
                table: "EventOrganisations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_NormalizedName",
                table: "Organisations",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeOrganisations_OrganisationId",
                table: "ProgrammeOrganisations",
                column: "OrganisationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Coaches_Organisations_OrganisationId",
                table: "Coaches",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Companies_Organisations_OrganisationId",
                table: "Companies",
                column: "OrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Coaches_Organisations_OrganisationId",
                table: "Coaches");

            migrationBuilder.DropForeignKey(
                name: "FK_Companies_Organisations_OrganisationId",
                table: "Companies");

            migrationBuilder.DropTable(
                name: "EventOrganisations");

            migrationBuilder.DropTable(
                name: "ProgrammeOrganisations");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Companies_OrganisationId",
                table: "Companies");

            migrationBuilder.DropIndex(
                name: "IX_Coaches_OrganisationId",
                table: "Coaches");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Coaches");
        }
    }
}
