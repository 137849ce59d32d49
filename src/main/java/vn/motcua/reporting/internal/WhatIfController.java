package vn.motcua.reporting.internal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.reporting.internal.whatif.Replay;
import vn.motcua.reporting.internal.whatif.Scenario;
import vn.motcua.reporting.internal.whatif.WhatIf;
import vn.motcua.reporting.internal.whatif.WhatIfChart;
import vn.motcua.security.CurrentOfficer;

import java.util.List;

/**
 * {@code POST /api/v1/reports/what-if}: the scenario in the body (JSON, see {@link Scenario}); answers the figures per
 * unit as JSON, the text table ({@code .txt}) or the chart ({@code .png}). The whole province's history is replayed,
 * so only the provincial leaders and the auditors may ask (the dashboards' province scope).
 */
@RestController
@RequestMapping("/api/v1/reports")
class WhatIfController {

    /** A unit's row in the JSON answer: its name added to the replay's figures. */
    record Row(String unit, String name, int officersBefore, int officersAfter, int caseload, Replay.Figures recorded,
               Replay.Figures baseline, Replay.Figures scenario) {
    }

    record Answer(Scenario scenario, String period, long dossiersReplayed, List<Row> units, Replay.Figures recordedTotal,
                  Replay.Figures baselineTotal, Replay.Figures scenarioTotal) {
    }

    private final WhatIf whatIf;
    private final ReportingScope scopes;

    WhatIfController(WhatIf whatIf, ReportingScope scopes) {
        this.whatIf = whatIf;
        this.scopes = scopes;
    }

    @PostMapping(value = "/what-if", produces = MediaType.APPLICATION_JSON_VALUE)
    Answer json(@RequestBody(required = false) Scenario scenario, @RequestParam(defaultValue = "500") int units) {
        WhatIf.Report r = run(scenario);
        List<Row> rows = WhatIf.highlights(r, Math.max(1, Math.min(units, 5000))).stream()
                .map(u -> new Row(u.unit(), r.unitNames().get(u.unit()), u.officersBefore(), u.officersAfter(),
                        u.caseload(), u.recorded(), u.baseline(), u.scenario())).toList();
        return new Answer(r.scenario(), r.period(), r.dossiersReplayed(), rows, r.result().recordedTotal(),
                r.result().baselineTotal(), r.result().scenarioTotal());
    }

    @PostMapping(value = "/what-if.txt", produces = "text/plain;charset=UTF-8")
    String text(@RequestBody(required = false) Scenario scenario, @RequestParam(defaultValue = "40") int units) {
        return WhatIf.table(run(scenario), Math.max(1, Math.min(units, 5000)));
    }

    @PostMapping(value = "/what-if.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@RequestBody(required = false) Scenario scenario, @RequestParam(defaultValue = "12") int units) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(WhatIfChart.png(run(scenario), Math.max(1, Math.min(units, 40)), 1200, 800));
    }

    private WhatIf.Report run(Scenario scenario) {
        if (!scopes.of(CurrentOfficer.require()).province()) {
            throw new AccessDeniedException("Only the provincial leaders and the auditors run the what-if");
        }
        if (scenario == null) {
            throw new InvalidInputException("scenario", "Thiếu kịch bản (JSON) trong thân yêu cầu",
                    "The scenario (JSON) is missing from the request body");
        }
        return whatIf.run(scenario);
    }
}
