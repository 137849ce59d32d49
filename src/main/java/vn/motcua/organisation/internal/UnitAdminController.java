package vn.motcua.organisation.internal;

import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.problem.InvalidInputException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Administrators (role ADMINISTRATOR, see SecurityConfig) manage the province's units: one at a time, or the whole
 * province from a CSV file ({@link UnitImport}). Codes are electronic agency codes (Decision 20/2020/QĐ-TTg: groups of
 * 0-9A-Z joined by dots, at most 35 characters) and never change. Each unit may be a kind of competent body
 * ({@code bodyKind}, {@code GET /api/v1/admin/body-kinds}) serving a set of communes ({@code serviceArea}): the data the
 * authority decisions are resolved against.
 */
@RestController
@RequestMapping("/api/v1/admin/units")
class UnitAdminController {

    /** Decision 20/2020/QĐ-TTg: groups of digits and capital letters joined by dots. */
    static final String UNIT_CODE = "[0-9A-Z]{1,10}(\\.[0-9A-Z]{1,10}){0,6}";

    private final UnitDirectory units;
    private final UnitAdministration administration;

    UnitAdminController(UnitDirectory units, UnitAdministration administration) {
        this.units = units;
        this.administration = administration;
    }

    @GetMapping
    List<Unit> all() {
        return units.all();
    }

    @GetMapping("/{code}")
    Unit one(@PathVariable String code) {
        return units.find(code).orElseThrow(() -> UnitAdministration.notFound(code));
    }

    @PostMapping
    ResponseEntity<Unit> create(@Validated({Default.class, UnitRequest.New.class}) @RequestBody UnitRequest request) {
        Unit created = administration.create(request.toUnit(request.code()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{code}").buildAndExpand(created.code()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    /** Everything but the code, which never changes: the path names the unit, the body leaves the code out. */
    @PutMapping("/{code}")
    Unit update(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
        if (request.code() != null) {
            throw new InvalidInputException("code", "Mã đơn vị không thay đổi được; bỏ trường này khi sửa đơn vị",
                    "A unit's code never changes; leave it out when amending a unit");
        }
        return administration.update(request.toUnit(code));
    }

    /** Creates or amends every unit of a CSV file in one transaction (all or nothing). */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    Map<String, Object> importUnits(@RequestBody String csv) {
        UnitAdministration.ImportResult result = administration.importUnits(UnitImport.parse(csv));
        return Map.of("created", result.created().size(), "updated", result.updated().size(),
                "createdCodes", result.created(), "updatedCodes", result.updated());
    }

    enum Level { PROVINCE, COMMUNE }

    enum Kind { SERVICE_CENTRE, DEPARTMENT, AGENCY, COMMUNE }

    /** A unit as the administrator sends it; the code only when creating it (validation group {@link New}). */
    record UnitRequest(@NotBlank(groups = New.class) @Size(max = 35) @Pattern(regexp = UNIT_CODE) String code,
                       @NotBlank @Size(max = 200) String name,
                       @NotBlank @Size(max = 200) String nameEn,
                       @NotNull Level level,
                       @NotNull Kind kind,
                       @Size(max = 35) @Pattern(regexp = UNIT_CODE) String parentCode,
                       @Pattern(regexp = "\\d{5}") String wardCode,
                       @NotBlank @Size(max = 300) String address,
                       @NotBlank @Pattern(regexp = "[0-9 +().-]{3,40}") String hotline,
                       boolean receivesDossiers,
                       @Size(max = 40) String bodyKind,
                       @Size(max = 4000) List<@Pattern(regexp = "\\d{5}") String> serviceArea) {

        /** The rules a new unit's request adds to the default ones: it has a code. */
        interface New {
        }

        Unit toUnit(String code) {
            return new Unit(code, name.trim(), nameEn.trim(), level.name(), kind.name(), blankToNull(parentCode),
                    blankToNull(wardCode), address.trim(), hotline.trim(), receivesDossiers, blankToNull(bodyKind),
                    serviceArea == null ? List.of() : serviceArea.stream().sorted().distinct().toList());
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }
}
