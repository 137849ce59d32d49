package vn.motcua.organisation.internal;

import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Public list of the province's receiving points with their addresses and hotlines. */
@RestController
@RequestMapping("/api/v1/units")
class UnitController {

    private final UnitDirectory units;

    UnitController(UnitDirectory units) {
        this.units = units;
    }

    @GetMapping
    List<Unit> receivingPoints() {
        return units.receivingPoints();
    }
}
