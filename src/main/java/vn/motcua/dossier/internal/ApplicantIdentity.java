package vn.motcua.dossier.internal;

import vn.motcua.dossier.PopulationRegistry;

import org.springframework.stereotype.Service;

import vn.motcua.problem.InvalidInputException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;

/**
 * Checking an applicant's identity before an online submission: first the structure of the personal ID number
 * ({@link CitizenIdNumber}), then the National Population Database ({@link PopulationRegistry}).
 */
@Service
public class ApplicantIdentity {

    private final PopulationRegistry registry;
    private final Clock clock;

    ApplicantIdentity(PopulationRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException on {@code idNumber} if the number is not a valid personal ID number
     */
    public Check check(String idNumber, String fullName) {
        CitizenIdNumber.problem(idNumber, Year.now(clock)).ifPresent(p -> {
            throw new InvalidInputException("idNumber", p[0], p[1]);
        });
        return new Check(registry.verify(idNumber, fullName.strip()),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Asks the registry about a number whose structure is known to be valid. */
    PopulationRegistry.Result verify(String idNumber, String fullName) {
        return registry.verify(idNumber, fullName.strip());
    }

    public record Check(PopulationRegistry.Result result, LocalDateTime checkedAt) {

        public String messageVi() {
            return switch (result) {
                case FOUND -> "Đã xác thực: số định danh cá nhân và họ tên khớp với Cơ sở dữ liệu quốc gia về dân cư.";
                case NOT_FOUND -> "Không tìm thấy công dân có số định danh cá nhân và họ tên này trong Cơ sở dữ liệu "
                        + "quốc gia về dân cư. Hãy kiểm tra lại số định danh và họ tên như trên thẻ căn cước.";
                case UNAVAILABLE -> "Chưa kết nối được Cơ sở dữ liệu quốc gia về dân cư. Bạn vẫn có thể nộp hồ sơ; "
                        + "cán bộ tiếp nhận sẽ kiểm tra giấy tờ tùy thân của bạn.";
            };
        }

        public String messageEn() {
            return switch (result) {
                case FOUND -> "Verified: the personal ID number and name match the National Population Database.";
                case NOT_FOUND -> "No citizen with this personal ID number and name is in the National Population "
                        + "Database. Check the number and the name as printed on your identity card.";
                case UNAVAILABLE -> "The National Population Database cannot be reached now. You may still submit; "
                        + "the receiving officer will check your identity papers.";
            };
        }
    }
}
