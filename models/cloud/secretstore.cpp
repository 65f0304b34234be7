#include "cloud/secretstore.h"

#include "cloud/keyringthread.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <utility>

namespace cloud {
namespace {

template<typename Job>
Job *prepare(Job *job, const QString &key)
{
    job->setAutoDelete(true);        // deleted after finished(), never while the keyring works
    job->setInsecureFallback(false); // never plaintext in QSettings instead of the keyring
    job->setKey(key);
    return job;
}

SecretResult resultOf(QKeychain::Job *job)
{
    SecretResult r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Done;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            r.secret = read->textData();
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        break;
    default:
        r.status = SecretResult::Status::Failed;
        r.error = job->errorString().isEmpty() ? QStringLiteral("QtKeychain error %1").arg(int(job->error())) : job->errorString();
        break;
    }
    return r;
}

// Runs the job that make() makes on the keyring thread; done() gets its result later from the
// main thread's event loop while context lives (context lives in the main thread: the guard is
// read there only).
void start(std::function<QKeychain::Job *()> make, QObject *context, SecretStore::Done done)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app && QThread::currentThread() == app->thread() && context->thread() == app->thread());
    KeyringThread::instance()->post([make = std::move(make), app, guard = QPointer<QObject>(context), done = std::move(done)]() mutable {
        QKeychain::Job *job = make();
        QObject::connect(job, &QKeychain::Job::finished, job, [app, guard, done = std::move(done)](QKeychain::Job *finished) mutable {
            QMetaObject::invokeMethod(app, [guard, done = std::move(done), result = resultOf(finished)] {
                if (guard)
                    done(result);
            }, Qt::QueuedConnection);
        });
        return job;
    });
}

} // namespace

QString SecretStore::service()
{
    return QStringLiteral("vdeck");
}

QString SecretStore::keyFor(const CloudConfig &config)
{
    return QStringLiteral("cloud %1, %2 at %3").arg(config.name, config.username.isEmpty() ? config.userId : config.username, config.authUrl);
}

void SecretStore::read(const QString &key, QObject *context, Done done)
{
    start([key] { return prepare(new QKeychain::ReadPasswordJob(service()), key); }, context, std::move(done));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    start([key, secret] {
        auto *job = prepare(new QKeychain::WritePasswordJob(service()), key);
        job->setTextData(secret);
        return job;
    }, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Done done)
{
    start([key] { return prepare(new QKeychain::DeletePasswordJob(service()), key); }, context, std::move(done));
}

} // namespace cloud
