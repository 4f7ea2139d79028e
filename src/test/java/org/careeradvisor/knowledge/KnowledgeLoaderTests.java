package org.careeradvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class KnowledgeLoaderTests {

    @TempDir
    Path dir;

    @Test
    void loadsEveryFormatRecursivelyAndSkipsABrokenFile() throws IOException {
        Files.createDirectories(dir.resolve("roles/nested"));
        Files.writeString(dir.resolve("roles/steward.md"), """
                ---
                title: Data Steward
                aliases: [Data Custodian]
                ---
                ## Pay
                - Base: $90,000 to $120,000
                """);
        Files.writeString(dir.resolve("roles/nested/analyst.txt"), """
                Security Analyst

                Overview

                A security analyst answers alerts.

                Key Duties

                  • Triage alerts every shift
                """);
        Files.writeString(dir.resolve("roles/designer.html"), """
                <html><head><title>Page</title></head><body>
                <h1>Service Designer</h1>
                <h2>What the role does</h2><p>Maps how people move through a service.</p>
                <h2>Pay</h2><ul><li>Median: $101,500</li></ul>
                </body></html>
                """);
        writePdf(
                dir.resolve("roles/tester.pdf"),
                List.of(
                        "Game Tester",
                        "",
                        "Daily Work",
                        "",
                        "Plays unreleased builds and files reproducible bug reports."));
        writeDocx(
                dir.resolve("roles/writer.docx"),
                List.of("Technical Writer", "Responsibilities", "Writes guides that engineers actually read."));
        Files.write(dir.resolve("roles/broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3});
        Files.writeString(dir.resolve("roles/notes.json"), "{\"ignored\": true}");

        KnowledgeBase knowledge = new KnowledgeLoader(KnowledgeProperties.of(Map.of("dir", dir.toString()))).load();

        assertThat(knowledge.roles())
                .extracting(RoleDocument::title)
                .containsExactlyInAnyOrder(
                        "Data Steward", "Security Analyst", "Service Designer", "Game Tester", "Technical Writer");
        assertThat(knowledge.documents()).isEqualTo(5);
        assertThat(knowledge.skipped()).containsExactly("roles/broken.pdf");
        assertThat(role(knowledge, "service-designer").sectionTitles()).contains("What the role does", "Pay");
        assertThat(role(knowledge, "service-designer").sections())
                .anyMatch(section -> section.body().contains("$101,500"));
        assertThat(role(knowledge, "game-tester").sectionTitles()).contains("Daily Work");
        assertThat(role(knowledge, "technical-writer").sections())
                .anyMatch(section -> section.body().contains("Writes guides"));
        assertThat(role(knowledge, "security-analyst").sourceFile()).isEqualTo("roles/nested/analyst.txt");
        assertThat(knowledge.chunks()).allSatisfy(chunk -> {
            assertThat(chunk.segment().metadata().getString(Chunk.ROLE)).isEqualTo(chunk.roleTitle());
            assertThat(chunk.segment().metadata().getString(Chunk.SECTION)).isEqualTo(chunk.section());
            assertThat(chunk.segment().metadata().getString(Chunk.SOURCE)).isEqualTo(chunk.sourceFile());
        });
    }

    @Test
    void shippedKnowledgeHasEveryRoleWithItsSectionsAndExactFigures() {
        KnowledgeBase knowledge = new KnowledgeLoader(KnowledgeProperties.defaults()).load();

        assertThat(knowledge.skipped()).isEmpty();
        assertThat(knowledge.roles())
                .extracting(RoleDocument::title)
                .containsExactlyInAnyOrder(
                        "Machine Learning Data Architect",
                        "AI Quality Engineering VP",
                        "AI Research Engineer",
                        "AI Research Manager",
                        "AI Research Scientist");
        RoleDocument architect = role(knowledge, "machine-learning-data-architect");
        assertThat(architect.aliases()).contains("AI/ML Architect", "ML Architect");
        assertThat(architect.sectionTitles())
                .containsExactly(
                        "Overview",
                        "Core Responsibilities",
                        "Requirements",
                        "Career Development",
                        "Market Demand",
                        "Salary Ranges (US Market, 2024)",
                        "Industry Trends",
                        "Soft Skills",
                        "Best Practices",
                        "Common Challenges");
        String text = String.join(
                "\n", architect.sections().stream().map(Section::body).toList());
        assertThat(text)
                .contains(
                        "$393,000",
                        "$234,000 to $797,000",
                        "$713,000",
                        "$138,000 to $314,000",
                        "$10,000 to $534,000",
                        "$15,000 to $78,000",
                        "$152,000 to $224,100",
                        "$171,000",
                        "$372,900",
                        "$189,122",
                        "$154,889",
                        "$144,244",
                        "$49,491",
                        "$185,000-$200,000",
                        "8-9%",
                        "2021 to 2031",
                        "9%",
                        "22%",
                        "2020 to 2030",
                        "3-5 years",
                        "25%",
                        "GDPR",
                        "CCPA");
        assertThat(role(knowledge, "ai-quality-engineering-vp").aliases()).contains("VP of AI Quality Engineering");
        assertThat(String.join(
                        "\n",
                        role(knowledge, "ai-research-manager").sections().stream()
                                .map(Section::body)
                                .toList()))
                .contains("2+ years", "PyTorch");
    }

    @Test
    void twoFilesAboutOneRoleMergeAndEachSectionCitesItsOwnFile() throws IOException {
        Files.writeString(dir.resolve("steward.md"), "---\ntitle: Data Steward\n---\n## Duties\n- Keeps definitions\n");
        Files.writeString(dir.resolve("steward-pay.txt"), "Data Steward\n\nPay\n\n  • Median: $101,500\n");

        KnowledgeBase knowledge = new KnowledgeLoader(KnowledgeProperties.of(Map.of("dir", dir.toString()))).load();

        assertThat(knowledge.roles()).hasSize(1);
        assertThat(knowledge.roles().get(0).sectionTitles()).containsExactlyInAnyOrder("Duties", "Pay");
        assertThat(knowledge.chunks())
                .extracting(Chunk::section, Chunk::sourceFile)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Duties", "steward.md"),
                        org.assertj.core.groups.Tuple.tuple("Pay", "steward-pay.txt"));
    }

    @Test
    void aMissingFolderFallsBackToThePackagedDocuments() {
        KnowledgeBase knowledge = new KnowledgeLoader(KnowledgeProperties.of(
                        Map.of("dir", dir.resolve("absent").toString())))
                .load();

        assertThat(knowledge.roles()).hasSize(5);
    }

    @Test
    void aFileOverTheSizeLimitIsSkippedAndReportedAndTheRestStillLoad() throws IOException {
        Files.writeString(dir.resolve("steward.md"), "---\ntitle: Data Steward\n---\n## Pay\n- Median: $101,500\n");
        Files.writeString(
                dir.resolve("huge.md"),
                "---\ntitle: Huge Role\n---\n## Duties\n"
                        + "- Writes one more line of the manual that nobody reads.\n".repeat(210 * 1024 / 55));
        KnowledgeProperties limited = KnowledgeProperties.of(Map.of("dir", dir.toString()))
                .withLimits(
                        DataSize.ofKilobytes(200),
                        KnowledgeProperties.defaults().maxFileSegments());

        KnowledgeBase knowledge = new KnowledgeLoader(limited).load();

        assertThat(Files.size(dir.resolve("huge.md"))).isBetween(200 * 1024L, 220 * 1024L);
        assertThat(knowledge.roles()).extracting(RoleDocument::title).containsExactly("Data Steward");
        assertThat(knowledge.skipped()).containsExactly("huge.md");
        assertThat(knowledge.errors().get("huge.md"))
                .contains("over the 200 KB limit", "advisor.knowledge.max-file-size");
    }

    @Test
    void aFileYieldingMoreSegmentsThanTheLimitIsSkippedButAnEarlierVersionKeepsServing() throws IOException {
        Path file = dir.resolve("steward.md");
        Files.writeString(file, "---\ntitle: Data Steward\n---\n## Duties\n- Keeps definitions\n");
        KnowledgeLoader loader = new KnowledgeLoader(KnowledgeProperties.of(Map.of("dir", dir.toString()))
                .withLimits(KnowledgeProperties.defaults().maxFileSize(), 50));
        assertThat(loader.load().roles()).hasSize(1);

        StringBuilder many = new StringBuilder("---\ntitle: Data Steward\n---\n## Duties\n");
        for (int i = 0; i < 60; i++) {
            many.append("- Keeps definition number ").append(i).append(" current\n");
        }
        Files.writeString(file, many);
        KnowledgeBase knowledge = loader.load();

        assertThat(knowledge.errors().get("steward.md"))
                .contains("over the limit of 50", "advisor.knowledge.max-file-segments");
        assertThat(knowledge.statements())
                .as("the previous version serves")
                .extracting(Statement::quote)
                .containsExactly("Keeps definitions");
        assertThat(new KnowledgeLoader(KnowledgeProperties.of(Map.of("dir", dir.toString()))
                                .withLimits(KnowledgeProperties.defaults().maxFileSize(), 50))
                        .load()
                        .skipped())
                .containsExactly("steward.md");
    }

    @Test
    void aSmallDocumentHoldingMoreTextThanItsSizeSuggestsIsSkipped() throws IOException {
        List<String> paragraphs = new java.util.ArrayList<>(List.of("Technical Writer", "Responsibilities"));
        for (int i = 0; i < 700; i++) {
            paragraphs.add("Writes guides that engineers actually read. ".repeat(20));
        }
        writeDocx(dir.resolve("writer.docx"), paragraphs);
        assertThat(Files.size(dir.resolve("writer.docx"))).isLessThan(100 * 1024);

        KnowledgeBase knowledge = new KnowledgeLoader(KnowledgeProperties.of(Map.of("dir", dir.toString()))
                        .withLimits(
                                DataSize.ofKilobytes(100),
                                KnowledgeProperties.defaults().maxFileSegments()))
                .load();

        assertThat(knowledge.skipped()).containsExactly("writer.docx");
        assertThat(knowledge.errors().get("writer.docx")).contains("more than 409,600 characters");
    }

    @Test
    void symbolicLinksAreNotFollowedOutOfTheFolderNorWithinIt(@TempDir Path outside) throws IOException {
        Path knowledge = dir.resolve("knowledge");
        Files.createDirectories(knowledge.resolve("roles"));
        Files.writeString(
                knowledge.resolve("roles/steward.md"), "---\ntitle: Data Steward\n---\n## Pay\n- Median: $101,500\n");
        Files.writeString(
                outside.resolve("secret.md"), "---\ntitle: Secret Agent\n---\n## Pay\n- The launch code is 0000\n");
        Files.createDirectories(outside.resolve("private"));
        Files.writeString(
                outside.resolve("private/payroll.md"), "---\ntitle: Payroll Clerk\n---\n## Pay\n- Everyone's salary\n");
        Files.createSymbolicLink(knowledge.resolve("roles/leak.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(knowledge.resolve("roles/private"), outside.resolve("private"));
        Files.createSymbolicLink(knowledge.resolve("roles/steward-again.md"), knowledge.resolve("roles/steward.md"));
        Files.createSymbolicLink(knowledge.resolve("roles/dangling.md"), outside.resolve("gone.md"));
        // The knowledge folder itself may be a link (a mounted volume, a release folder): it is read.
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("current"), knowledge);

        KnowledgeBase loaded =
                new KnowledgeLoader(KnowledgeProperties.of(Map.of("dir", linkedFolder.toString()))).load();

        assertThat(loaded.roles()).extracting(RoleDocument::title).containsExactly("Data Steward");
        assertThat(loaded.roles().get(0).sections()).hasSize(1);
        assertThat(loaded.skipped())
                .containsExactlyInAnyOrder(
                        "roles/leak.md", "roles/private", "roles/steward-again.md", "roles/dangling.md");
        assertThat(loaded.errors().get("roles/leak.md")).contains("outside the knowledge folder", "not followed");
        assertThat(loaded.errors().get("roles/private")).contains("outside the knowledge folder");
        assertThat(loaded.errors().get("roles/steward-again.md")).contains("links are not followed");
        assertThat(loaded.errors().values()).noneMatch(reason -> reason.contains(outside.toString()));
    }

    private static RoleDocument role(KnowledgeBase knowledge, String id) {
        return knowledge.role(id).orElseThrow(() -> new AssertionError("no role " + id + " in " + knowledge.roles()));
    }

    private static void writePdf(Path file, List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.beginText();
                content.setLeading(16);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(file.toFile());
        }
    }

    private static void writeDocx(Path file, List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
        }
    }
}
