package vn.motcua.workflow.internal;

import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The BPMN contract of competence by territory: every procedure model maps its authority decision's answer to the
 * competent unit with {@code ${competentBodies.unitCode(competentBodyKind, competentCommuneCode)}}. The one generic
 * resolver is the organisation's ({@link UnitDirectory#competentUnit}): the unit of that kind whose service area holds
 * that commune. The submission has already checked that such a unit exists, so a miss here means the organisation
 * changed in between: the exception rolls the start back and nothing is half-done.
 */
@Component("competentBodies")
public class CompetentBodies {

    private final BiFunction<String, String, Optional<String>> resolver;

    @Autowired
    CompetentBodies(UnitDirectory units) {
        this((kind, commune) -> units.competentUnit(kind, commune).map(Unit::code));
    }

    private CompetentBodies(BiFunction<String, String, Optional<String>> resolver) {
        this.resolver = resolver;
    }

    /** For model tests: the same contract over another organisation (e.g. the demo province's migrated data). */
    public static CompetentBodies of(UnitDirectory units) {
        return new CompetentBodies(units);
    }

    /** The code of the unit of {@code bodyKind} serving {@code communeCode}. */
    public String unitCode(Object bodyKind, Object communeCode) {
        String kind = bodyKind == null ? null : bodyKind.toString();
        String commune = communeCode == null ? null : communeCode.toString();
        return resolver.apply(kind, commune).orElseThrow(() -> new IllegalStateException(
                "Không có đơn vị loại " + kind + " phục vụ xã " + commune + " / no unit of kind " + kind + " serves commune " + commune));
    }
}
