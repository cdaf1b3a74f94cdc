package no.kommune.housingfirst.participant;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * What the retention job would erase now, changing nothing (the dry run): the
 * participants who exited before {@code exitedBefore}, and per kind of data (a message
 * key, {@code erasure.kind.<module>.<what>}) how many records hold some.
 */
public record RetentionPreview(LocalDate today, Period afterExit, LocalDate exitedBefore,
		List<ErasureCandidate> participants, Map<String, Integer> counts) {

	public boolean empty() {
		return this.participants.isEmpty();
	}

}
