package vn.motcua.organisation.internal;

import vn.motcua.organisation.Role;
import vn.motcua.organisation.RoleGrant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.motcua.organisation.OfficerDirectory.OfficerProfile;
import vn.motcua.problem.InvalidInputException;
import vn.motcua.problem.NotFoundException;

import java.net.URI;
import java.util.List;

/**
 * Administrators (role ADMINISTRATOR, see SecurityConfig) manage officers and their roles. A role is addressed by
 * its id, the engine group: {@code <unit code>:receiver} for a unit role, {@code motcua:auditor},
 * {@code motcua:analyst} or {@code camunda-admin} for a province-wide one.
 */
@RestController
@RequestMapping("/api/v1/admin/officers")
class OfficerAdminController {

    /** Engine user ids: letters, digits, dots, dashes and underscores (the engine's whitelist allows these). */
    static final String USER_ID = "[a-zA-Z0-9][a-zA-Z0-9._-]{2,63}";

    private final OfficerAdministration administration;

    OfficerAdminController(OfficerAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    List<OfficerProfile> list(@RequestParam(required = false) String unit) {
        return administration.list(unit == null || unit.isBlank() ? null : unit.trim(), 500);
    }

    @GetMapping("/{userId}")
    OfficerProfile one(@PathVariable String userId) {
        return administration.find(userId);
    }

    @PostMapping
    ResponseEntity<OfficerProfile> create(@Valid @RequestBody NewOfficerRequest request) {
        List<RoleGrant> roles = request.roles() == null ? List.of()
                : request.roles().stream().map(r -> r.toGrant("roles")).toList();
        OfficerProfile created = administration.create(request.userId(), request.firstName().trim(),
                request.lastName().trim(), blankToNull(request.email()), request.password(), roles);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{userId}")
                .buildAndExpand(created.userId()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{userId}")
    OfficerProfile update(@PathVariable String userId, @Valid @RequestBody OfficerRequest request) {
        return administration.update(userId, request.firstName().trim(), request.lastName().trim(),
                blankToNull(request.email()), request.password());
    }

    @DeleteMapping("/{userId}")
    ResponseEntity<Void> delete(@PathVariable String userId) {
        administration.delete(userId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{userId}/roles")
    List<RoleGrant> roles(@PathVariable String userId) {
        return administration.find(userId).roles();
    }

    /** 201 with the role's Location when granted, 200 when the officer already held it. */
    @PostMapping("/{userId}/roles")
    ResponseEntity<RoleGrant> grant(@PathVariable String userId, @Valid @RequestBody RoleRequest request) {
        RoleGrant role = request.toGrant("");
        boolean granted = administration.grant(userId, role);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{roleId}").buildAndExpand(role.id()).toUri();
        return granted ? ResponseEntity.created(location).body(role) : ResponseEntity.status(HttpStatus.OK).body(role);
    }

    @DeleteMapping("/{userId}/roles/{roleId}")
    ResponseEntity<Void> revoke(@PathVariable String userId, @PathVariable String roleId) {
        RoleGrant role = RoleGrant.fromId(roleId).orElseThrow(() -> new NotFoundException("role", roleId,
                "Không có vai trò " + roleId, "No role " + roleId));
        administration.revoke(userId, role);
        return ResponseEntity.noContent().build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    record NewOfficerRequest(@NotBlank @Pattern(regexp = USER_ID) String userId,
                             @NotBlank @Size(max = 100) String firstName,
                             @NotBlank @Size(max = 100) String lastName,
                             @Email @Size(max = 200) String email,
                             @NotBlank @Size(min = 10, max = 128) String password,
                             List<@Valid @NotNull RoleRequest> roles) {
    }

    /** A new password only when given; at least 10 characters. */
    record OfficerRequest(@NotBlank @Size(max = 100) String firstName,
                          @NotBlank @Size(max = 100) String lastName,
                          @Email @Size(max = 200) String email,
                          @Size(min = 10, max = 128) String password) {
    }

    /** {@code unitCode} for receiver, specialist and leader; none for analyst, administrator and auditor. */
    record RoleRequest(@Size(max = 35) String unitCode, @NotNull Role role) {

        RoleGrant toGrant(String path) {
            String prefix = path.isEmpty() ? "" : path + ".";
            String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
            if (role.unitScoped() && unit == null) {
                throw new InvalidInputException(prefix + "unitCode", "Vai trò " + role.labelVi() + " phải gắn với một đơn vị",
                        "The " + role.labelEn().toLowerCase() + " role is held in a unit: give its unitCode");
            }
            if (!role.unitScoped() && unit != null) {
                throw new InvalidInputException(prefix + "unitCode", "Vai trò " + role.labelVi() + " áp dụng toàn tỉnh, không gắn với đơn vị",
                        "The " + role.labelEn().toLowerCase() + " role is province-wide: no unitCode");
            }
            return new RoleGrant(unit, role);
        }
    }
}
