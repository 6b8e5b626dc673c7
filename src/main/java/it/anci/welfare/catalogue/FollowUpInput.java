package it.anci.welfare.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A follow-up as staff or a municipality type it; the day comes from a date field
 * (2021-03-12).
 */
public record FollowUpInput(
		@NotBlank(message = "{catalogue.followUp.day.required}") @Pattern(regexp = "^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$",
				message = DAY_FORMAT) String day,
		@NotNull(message = "{catalogue.followUp.state.required}") FollowUpState state,
		@NotBlank(message = "{catalogue.followUp.note.required}") @Size(max = 2000,
				message = "{catalogue.followUp.note.size}") String note,
		@Size(max = 300, message = "{catalogue.followUp.sourceTitle.size}") String sourceTitle,
		@Pattern(regexp = "^$|^https?://\\S+$", message = PracticeCard.WEB_ADDRESS) String sourceUrl) {

	static final String DAY_FORMAT = "{catalogue.followUp.day.format}";

	public static FollowUpInput empty() {
		return new FollowUpInput("", null, "", "", "");
	}

	/** The day, if it is a real date. */
	public Optional<LocalDate> parsedDay() {
		try {
			return Optional.of(LocalDate.parse(this.day == null ? "" : this.day.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
