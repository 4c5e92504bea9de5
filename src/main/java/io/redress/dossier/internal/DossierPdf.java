package io.redress.dossier.internal;

import io.redress.dossier.CaseDossier;
import io.redress.dossier.SectionContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dossier as a PDF people read and print: a heading, each section's lines, and the verification section with
 * the SHA-256 of the JSON made with it and of each evidence file, and how anyone checks them. Text is set with the
 * embedded fonts of {@link DossierFonts}, each character in the first font that has it.
 */
@Component
public class DossierPdf {

    private final DossierFonts fonts;
    private final MessageSource messages;

    DossierPdf(DossierFonts fonts, MessageSource messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    public byte[] render(CaseDossier dossier, String jsonSha256, Locale locale) {
        List<TrueTypeFont> faces = fonts.open();
        try (PDDocument document = new PDDocument()) {
            List<PDType0Font> embedded = new ArrayList<>();
            for (TrueTypeFont face : faces) {
                embedded.add(PDType0Font.load(document, face, true));
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("dossier.pdf.title", locale, dossier.caseId()));
            info.setCreator("Redress");
            Calendar created = GregorianCalendar.from(dossier.generatedAt().atZone(java.time.ZoneOffset.UTC));
            info.setCreationDate(created);
            Pages pages = new Pages(document, faces, embedded, dossier.caseId());
            pages.paragraph(text("dossier.pdf.title", locale, dossier.caseId()), 16, 0);
            pages.paragraph(text("dossier.pdf.generated", locale, dossier.generatedAt().toString(),
                    dossier.generatedFor(), dossier.party(), dossier.lang()), 9, 0);
            pages.gap(8);
            for (SectionContent section : dossier.sections()) {
                pages.paragraph(section.title(), 12.5f, 0);
                for (String line : section.lines()) {
                    pages.paragraph(line, 9, 8);
                }
                pages.gap(6);
            }
            pages.paragraph(text("dossier.verify.title", locale), 12.5f, 0);
            pages.paragraph(text("dossier.verify.json", locale, DossierZip.JSON, jsonSha256), 9, 8);
            for (SectionContent.EvidenceFile file : dossier.files()) {
                pages.paragraph(text("dossier.verify.file", locale, file.evidenceId(), DossierZip.evidenceName(file),
                        file.sha256()), 9, 8);
            }
            for (String step : List.of("dossier.verify.how", "dossier.verify.unix", "dossier.verify.windows",
                    "dossier.verify.zip", "dossier.verify.issued")) {
                pages.paragraph(text(step, locale), 9, 8);
            }
            pages.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dossier PDF of " + dossier.caseId(), e);
        } finally {
            DossierFonts.close(faces);
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A4 pages filled top to bottom, wrapping text to the width and starting a page when one is full. */
    private static final class Pages {

        private static final float MARGIN = 50;
        private static final PDRectangle SIZE = PDRectangle.A4;

        private final PDDocument document;
        private final List<TrueTypeFont> faces;
        private final List<PDType0Font> fonts;
        private final String footer;
        private PDPageContentStream stream;
        private float y;
        private int page;

        Pages(PDDocument document, List<TrueTypeFont> faces, List<PDType0Font> fonts, String footer) {
            this.document = document;
            this.faces = faces;
            this.fonts = fonts;
            this.footer = footer;
        }

        void gap(float points) {
            y -= points;
        }

        /** One paragraph: each of its own lines wrapped to the width at {@code indent}. */
        void paragraph(String text, float size, float indent) throws IOException {
            float width = SIZE.getWidth() - 2 * MARGIN - indent;
            for (String own : (text == null ? "" : text).replace('\t', ' ').split("\r?\n", -1)) {
                for (String line : wrap(own, size, width)) {
                    float leading = size * 1.45f;
                    if (stream == null || y - leading < MARGIN) {
                        newPage();
                    }
                    y -= leading;
                    show(line, size, MARGIN + indent, y);
                }
            }
        }

        void close() throws IOException {
            if (stream == null) {
                newPage();
            }
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage next = new PDPage(SIZE);
            document.addPage(next);
            stream = new PDPageContentStream(document, next);
            page++;
            show(footer + "  ·  " + page, 7.5f, MARGIN, MARGIN / 2);
            y = SIZE.getHeight() - MARGIN;
        }

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float used = 0;
            int lastSpace = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = width(ch, size);
                if (used + w > width && line.length() > 0) {
                    if (lastSpace > 0) {
                        String rest = line.substring(lastSpace + 1);
                        lines.add(line.substring(0, lastSpace));
                        line = new StringBuilder(rest);
                    } else {
                        lines.add(line.toString());
                        line = new StringBuilder();
                    }
                    used = width(line.toString(), size);
                    lastSpace = -1;
                }
                if (cp == ' ') {
                    lastSpace = line.length();
                }
                line.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
            return lines;
        }

        private float width(String text, float size) throws IOException {
            float total = 0;
            for (Run run : runs(text)) {
                total += fonts.get(run.font).getStringWidth(run.text) / 1000 * size;
            }
            return total;
        }

        private void show(String text, float size, float x, float at) throws IOException {
            stream.beginText();
            stream.newLineAtOffset(x, at);
            for (Run run : runs(text)) {
                stream.setFont(fonts.get(run.font), size);
                stream.showText(run.text);
            }
            stream.endText();
        }

        /** The text cut where the font changes; a character no font has is printed as '?'. */
        private List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int font = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                int chosen = fontFor(cp);
                String ch = new String(Character.toChars(cp));
                if (chosen < 0) {
                    chosen = fontFor('?');
                    ch = "?";
                    if (chosen < 0) {
                        continue;
                    }
                }
                if (chosen != font && current.length() > 0) {
                    runs.add(new Run(font, current.toString()));
                    current = new StringBuilder();
                }
                font = chosen;
                current.append(ch);
            }
            if (current.length() > 0) {
                runs.add(new Run(font, current.toString()));
            }
            return runs;
        }

        private int fontFor(int cp) {
            for (int i = 0; i < faces.size(); i++) {
                if (DossierFonts.covers(faces.get(i), cp)) {
                    return i;
                }
            }
            return -1;
        }

        private record Run(int font, String text) {
        }
    }
}
