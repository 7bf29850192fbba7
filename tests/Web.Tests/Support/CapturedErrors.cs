using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Recruitment.Web.Tests.Support;

/// <summary>Keeps the application's error logs, so that a failing test can say what went wrong inside.</summary>
public sealed class CapturedErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyCollection<string> Errors => _errors;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _errors);

    public void Dispose()
    {
    }

    public override string ToString() => string.Join(Environment.NewLine, _errors);

    private sealed class Logger(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
