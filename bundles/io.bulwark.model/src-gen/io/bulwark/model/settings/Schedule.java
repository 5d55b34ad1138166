/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * When something recurring runs, in the endpoint's local time: a scheduled scan or a scheduled update.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.Schedule#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Schedule#getTime <em>Time</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Schedule#getDayOfWeek <em>Day Of Week</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Schedule#getDayOfMonth <em>Day Of Month</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getSchedule()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface Schedule extends EObject {
	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.ScheduleFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often it runs; hourly only for scheduled updates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see io.bulwark.model.settings.ScheduleFrequency
	 * @see #setFrequency(ScheduleFrequency)
	 * @see io.bulwark.model.settings.SettingsPackage#getSchedule_Frequency()
	 * @model
	 * @generated
	 */
	ScheduleFrequency getFrequency();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Schedule#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see io.bulwark.model.settings.ScheduleFrequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(ScheduleFrequency value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time of day as HH:mm on a 24-hour clock; required but for hourly schedules, where it is null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(String)
	 * @see io.bulwark.model.settings.SettingsPackage#getSchedule_Time()
	 * @model
	 * @generated
	 */
	String getTime();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Schedule#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(String value);

	/**
	 * Returns the value of the '<em><b>Day Of Week</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.DayOfWeek}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a weekly schedule: the day it runs. Unset otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Day Of Week</em>' attribute.
	 * @see io.bulwark.model.settings.DayOfWeek
	 * @see #isSetDayOfWeek()
	 * @see #unsetDayOfWeek()
	 * @see #setDayOfWeek(DayOfWeek)
	 * @see io.bulwark.model.settings.SettingsPackage#getSchedule_DayOfWeek()
	 * @model unsettable="true"
	 * @generated
	 */
	DayOfWeek getDayOfWeek();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Schedule#getDayOfWeek <em>Day Of Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day Of Week</em>' attribute.
	 * @see io.bulwark.model.settings.DayOfWeek
	 * @see #isSetDayOfWeek()
	 * @see #unsetDayOfWeek()
	 * @see #getDayOfWeek()
	 * @generated
	 */
	void setDayOfWeek(DayOfWeek value);

	/**
	 * Unsets the value of the '{@link io.bulwark.model.settings.Schedule#getDayOfWeek <em>Day Of Week</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDayOfWeek()
	 * @see #getDayOfWeek()
	 * @see #setDayOfWeek(DayOfWeek)
	 * @generated
	 */
	void unsetDayOfWeek();

	/**
	 * Returns whether the value of the '{@link io.bulwark.model.settings.Schedule#getDayOfWeek <em>Day Of Week</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Day Of Week</em>' attribute is set.
	 * @see #unsetDayOfWeek()
	 * @see #getDayOfWeek()
	 * @see #setDayOfWeek(DayOfWeek)
	 * @generated
	 */
	boolean isSetDayOfWeek();

	/**
	 * Returns the value of the '<em><b>Day Of Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a monthly schedule: the day of the month, 1 to 31 (the last day of shorter months). Unset otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Day Of Month</em>' attribute.
	 * @see #isSetDayOfMonth()
	 * @see #unsetDayOfMonth()
	 * @see #setDayOfMonth(int)
	 * @see io.bulwark.model.settings.SettingsPackage#getSchedule_DayOfMonth()
	 * @model unsettable="true"
	 * @generated
	 */
	int getDayOfMonth();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Schedule#getDayOfMonth <em>Day Of Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day Of Month</em>' attribute.
	 * @see #isSetDayOfMonth()
	 * @see #unsetDayOfMonth()
	 * @see #getDayOfMonth()
	 * @generated
	 */
	void setDayOfMonth(int value);

	/**
	 * Unsets the value of the '{@link io.bulwark.model.settings.Schedule#getDayOfMonth <em>Day Of Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDayOfMonth()
	 * @see #getDayOfMonth()
	 * @see #setDayOfMonth(int)
	 * @generated
	 */
	void unsetDayOfMonth();

	/**
	 * Returns whether the value of the '{@link io.bulwark.model.settings.Schedule#getDayOfMonth <em>Day Of Month</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Day Of Month</em>' attribute is set.
	 * @see #unsetDayOfMonth()
	 * @see #getDayOfMonth()
	 * @see #setDayOfMonth(int)
	 * @generated
	 */
	boolean isSetDayOfMonth();

} // Schedule
