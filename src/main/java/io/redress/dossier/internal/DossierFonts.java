package io.redress.dossier.internal;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fonts the dossier PDF embeds, from {@code redress.dossier.fonts} (file paths, first match wins per character):
 * by default DejaVu Sans for Latin text and Droid Sans Fallback for Chinese (Debian fonts-dejavu-core and
 * fonts-droid-fallback). PDFBox embeds TrueType (glyf) outlines only: CFF-based OpenType fonts such as Noto Sans CJK
 * are skipped. Fonts are read per document and closed with it, so no document shares a parser with another.
 */
@Component
public class DossierFonts {

    /** A character every dossier needs: when no font has it, Chinese text cannot be printed. */
    static final int CHINESE_PROBE = '退';

    private final List<String> paths;

    DossierFonts(@Value("${redress.dossier.fonts:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf,"
            + "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    /**
     * The configured fonts that exist and can be embedded, in order; the caller closes them. Fails with 503 naming
     * the paths when none of them prints Chinese.
     */
    public List<TrueTypeFont> open() {
        List<TrueTypeFont> fonts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String path : paths) {
            File file = new File(path.strip());
            if (!file.isFile()) {
                skipped.add(path + " (missing)");
                continue;
            }
            try {
                TrueTypeFont font = read(file);
                if (font == null) {
                    skipped.add(path + " (CFF outlines, cannot be embedded)");
                } else {
                    fonts.add(font);
                }
            } catch (IOException e) {
                skipped.add(path + " (" + e.getMessage() + ")");
            }
        }
        if (fonts.stream().noneMatch(f -> covers(f, CHINESE_PROBE))) {
            close(fonts);
            throw new DossierUnavailable("no font of redress.dossier.fonts can print Chinese; skipped " + skipped
                    + ". Install a TrueType CJK font (Debian: fonts-droid-fallback) or point redress.dossier.fonts"
                    + " at one; CFF-based OpenType fonts such as Noto Sans CJK cannot be embedded.");
        }
        return fonts;
    }

    /** Whether the font has a glyph for the code point. */
    static boolean covers(TrueTypeFont font, int codePoint) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    static void close(List<TrueTypeFont> fonts) {
        for (TrueTypeFont font : fonts) {
            try {
                font.close();
            } catch (IOException ignored) {
                // a font file read-only: nothing to flush
            }
        }
    }

    /** The font in a .ttf, or the first TrueType-outlined one of a .ttc; null when it has only CFF outlines. */
    private static TrueTypeFont read(File file) throws IOException {
        if (file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            TrueTypeFont[] found = new TrueTypeFont[1];
            TrueTypeCollection collection = new TrueTypeCollection(file);
            collection.processAllFonts(font -> {
                if (found[0] == null && !postScript(font)) {
                    found[0] = font;
                }
            });
            return found[0];
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        if (postScript(font)) {
            font.close();
            return null;
        }
        return font;
    }

    private static boolean postScript(TrueTypeFont font) {
        return font instanceof OpenTypeFont && ((OpenTypeFont) font).isPostScript();
    }
}
