package vn.motcua.catalog.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.problem.InvalidInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The analysts' worklist: every channel whose terms the source does not publish, so the province's default counts the
 * due dates (limit) or the applicant is told the fee is not published. An analyst clears a row by writing the limit
 * or fee into the procedure's model ({@code motcua.limit.*}, {@code motcua.fee.*}), or, for a People's Council fee,
 * a row of the province's fee table. Public like the catalog: the facts it lists are the ones citizens already see.
 */
@RestController
@RequestMapping("/api/v1/procedures/worklist")
class CatalogWorklistController {

    /** What is not published. */
    enum Gap {
        /** No limit in the source: the province's default ({@code motcua.catalog.default-limit}) counts. */
        LIMIT_NOT_PUBLISHED,
        /** No usable fee in the source: shown as not published. */
        FEE_NOT_PUBLISHED,
        /** Set by the provincial People's Council, but the province's fee table has no row for it. */
        PROVINCIAL_FEE_MISSING
    }

    record Item(String code, String name, String level, String channel, Gap gap, String applied, String messageVi,
                String messageEn) {
    }

    private final ProcedureCatalog catalog;

    CatalogWorklistController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<Item> worklist(@RequestParam(required = false) String gap) {
        Gap only = null;
        if (gap != null) {
            only = Arrays.stream(Gap.values()).filter(g -> g.name().equalsIgnoreCase(gap)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("gap",
                            "Loại thiếu sót phải là một trong " + Arrays.toString(Gap.values()) + ", không phải '" + gap + "'",
                            "gap must be one of " + Arrays.toString(Gap.values()) + ", not '" + gap + "'"));
        }
        List<Item> items = new ArrayList<>();
        for (Procedure p : catalog.all()) {
            for (ChannelTerms t : p.terms().values()) {
                items.addAll(gaps(p, t));
            }
        }
        Gap filter = only;
        return items.stream().filter(i -> filter == null || i.gap() == filter).toList();
    }

    static List<Item> gaps(Procedure p, ChannelTerms t) {
        List<Item> items = new ArrayList<>();
        String channel = t.channel().name();
        if (!t.limitPublished()) {
            items.add(new Item(p.code(), p.name(), p.level(), channel, Gap.LIMIT_NOT_PUBLISHED, t.limit().code(),
                    "Nguồn không công bố thời hạn " + t.channel().labelVi().toLowerCase() + "; hạn xử lý tính theo thời hạn mặc định của tỉnh "
                            + t.limit().describeVi(),
                    "The source publishes no " + t.channel().labelEn().toLowerCase() + " limit; due dates use the province's default, "
                            + t.limit().describeEn()));
        }
        Fee fee = t.fee();
        if (fee.basis() == Fee.Basis.UNKNOWN) {
            items.add(new Item(p.code(), p.name(), p.level(), channel, Gap.FEE_NOT_PUBLISHED, null,
                    "Nguồn không ghi mức phí, lệ phí dùng được; công dân thấy \"Chưa công bố\"",
                    "The source states no usable fee; citizens see \"Not published\""));
        } else if (fee.basis() == Fee.Basis.PROVINCIAL_TABLE && !fee.known()) {
            items.add(new Item(p.code(), p.name(), p.level(), channel, Gap.PROVINCIAL_FEE_MISSING, null,
                    "Phí do Hội đồng nhân dân tỉnh quyết định nhưng bảng phí của tỉnh chưa có dòng cho thủ tục này",
                    "The fee is set by the provincial People's Council but the province's fee table has no row for it"));
        }
        return items;
    }
}
