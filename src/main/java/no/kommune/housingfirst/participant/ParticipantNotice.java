package no.kommune.housingfirst.participant;

import java.util.List;

/**
 * Something another module wants said about a participant where they are listed or shown:
 * a message key with its arguments, where to read more, and how it should look.
 */
public record ParticipantNotice(String messageKey, List<Object> args, String href, Tone tone) {

	/** How the notice looks: a warning, good news, or plain information. */
	public enum Tone {

		WARNING, GOOD, INFO

	}

}
