// Pseudonymous family codes "GZ-XXXX-XXXX-C".
//
// The check character is computed in the finite field GF(32) (polynomial x^5 + x^2 + 1), with
// position i weighted by alpha^(i+1) for a primitive alpha, such that the weighted sum over all nine
// characters (eight payload characters and the check character) is zero. Because every weight is
// non-zero, any single substituted character changes the sum; because neighbouring weights differ
// (alpha^i != alpha^(i+1)), swapping two different adjacent characters changes it too. A plain
// weighted sum modulo 32 cannot catch every adjacent transposition (32 is not prime).
#include "familycontact.h"

#include <QRandomGenerator>
#include <array>

namespace verrijkt {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32: no I, L, O, U
constexpr int kPayloadLength = 8;
const QString kPrefix = QStringLiteral("GZ-");

int symbolValue(QChar c)
{
    for (int i = 0; i < 32; ++i) {
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    }
    return -1;
}

// Multiplication in GF(2^5) modulo x^5 + x^2 + 1.
int gfMultiply(int a, int b)
{
    int product = 0;
    while (b) {
        if (b & 1)
            product ^= a;
        b >>= 1;
        a <<= 1;
        if (a & 0x20)
            a ^= 0x25;
    }
    return product;
}

int gfPower(int exponent)
{
    int result = 1;
    for (int i = 0; i < exponent; ++i)
        result = gfMultiply(result, 2); // x is primitive for x^5 + x^2 + 1
    return result;
}

int gfInverse(int a)
{
    for (int b = 1; b < 32; ++b) {
        if (gfMultiply(a, b) == 1)
            return b;
    }
    return 0;
}

// -1 if a payload character is not in the alphabet.
int checkValue(const QString &payload)
{
    int sum = 0;
    for (int i = 0; i < kPayloadLength; ++i) {
        const int v = symbolValue(payload.at(i));
        if (v < 0)
            return -1;
        sum ^= gfMultiply(gfPower(i + 1), v);
    }
    // Solve sum + alpha^9 * c = 0; in characteristic 2, minus equals plus.
    return gfMultiply(sum, gfInverse(gfPower(kPayloadLength + 1)));
}

QString formatCode(const QString &payload)
{
    return kPrefix + payload.left(4) + QLatin1Char('-') + payload.mid(4, 4) + QLatin1Char('-') +
           FamilyCode::checkCharacter(payload);
}
} // namespace

QChar FamilyCode::checkCharacter(const QString &eightChars)
{
    if (eightChars.size() != kPayloadLength)
        return {};
    const int v = checkValue(eightChars);
    return v < 0 ? QChar() : QLatin1Char(kAlphabet[v]);
}

QString FamilyCode::fromRandomBits(quint64 bits)
{
    QString payload;
    for (int i = 0; i < kPayloadLength; ++i)
        payload.append(QLatin1Char(kAlphabet[(bits >> (5 * (kPayloadLength - 1 - i))) & 0x1F]));
    return formatCode(payload);
}

QString FamilyCode::generate()
{
    return fromRandomBits(QRandomGenerator::system()->generate64());
}

bool FamilyCode::isValid(const QString &code)
{
    // Exact shape: "GZ-" + 4 + "-" + 4 + "-" + 1 = 14 characters, upper case only.
    if (code.size() != 14 || !code.startsWith(kPrefix) || code.at(7) != QLatin1Char('-') ||
        code.at(12) != QLatin1Char('-'))
        return false;
    const QString payload = code.mid(3, 4) + code.mid(8, 4);
    const QChar check = checkCharacter(payload);
    return !check.isNull() && check == code.at(13);
}

} // namespace verrijkt
