#pragma once

#include "core/familycontact.h"
#include "core/tijdvoortoekomst.h"
#include "core/validation.h"

#include <QDate>
#include <QString>

// User-visible names of the domain's choices, in the current UI language (translated through the
// app's .ts files; source strings are English, Dutch is the default translation).
namespace verrijkt::fieldlabels {

QString domain(ActivityDomain d);
QString initiator(ContactInitiator v);
QString form(ContactForm v);
QString topic(ContactTopic v);
QString support(SupportGiven v);
QString referral(ReferralTarget v);
QString tier(Tier t);

// The core's messages come in Dutch and English; this picks the UI's current language.
Language uiLanguage();

// Dates and numbers in the user's locale (the default QLocale follows the UI language).
QString shortDate(const QDate &date); // "27-11-2026" / "27/11/2026"
QString longDate(const QDate &date);  // "vrijdag 27 november 2026"
QString dayMonth(const QDate &date);  // "27 nov."
QString number(double value, int decimals = 1);

} // namespace verrijkt::fieldlabels
