package io.redress.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

/** Which fonts the dossier PDF can embed, and what it says when none prints Chinese. */
class DossierFontsTest {

    static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    static final String DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
    static final String NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    @Test
    void theDefaultFontsPrintLatinAndChinese() {
        List<TrueTypeFont> fonts = new DossierFonts(List.of(DEJAVU, DROID)).open();
        try {
            assertThat(fonts).hasSize(2);
            assertThat(DossierFonts.covers(fonts.get(0), 'A')).isTrue();
            assertThat(DossierFonts.covers(fonts.get(1), '退')).isTrue();
            assertThat(DossierFonts.covers(fonts.get(1), '1')).as("Droid Sans Fallback has no digits").isFalse();
        } finally {
            DossierFonts.close(fonts);
        }
    }

    @Test
    void withoutAFontForChineseThePdfIsUnavailableNamingThePathsTried() {
        assertThatThrownBy(() -> new DossierFonts(List.of(DEJAVU, "/nowhere/font.ttf")).open())
                .isInstanceOf(DossierUnavailable.class)
                .hasMessageContaining("/nowhere/font.ttf (missing)").hasMessageContaining("fonts-droid-fallback");
    }

    @Test
    void notoSansCjkHasCffOutlinesWhichCannotBeEmbedded() {
        assumeTrue(new File(NOTO).isFile(), "fonts-noto-cjk is not installed");
        assertThatThrownBy(() -> new DossierFonts(List.of(NOTO)).open()).isInstanceOf(DossierUnavailable.class)
                .hasMessageContaining(NOTO + " (CFF outlines, cannot be embedded)");
    }
}
